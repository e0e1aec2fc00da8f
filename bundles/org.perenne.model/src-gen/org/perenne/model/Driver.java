/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Driver</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A common driver: one standard normal shock per path (or per year) shared by the uncertain figures that follow it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.Driver#getPersistence <em>Persistence</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getDriver()
 * @model
 * @generated
 */
public interface Driver extends Element {
	/**
	 * Returns the value of the '<em><b>Persistence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For figures drawn each year: the share of a year's shock carried into the next (from 0, none, to below 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Persistence</em>' attribute.
	 * @see #setPersistence(double)
	 * @see org.perenne.model.PerennePackage#getDriver_Persistence()
	 * @model
	 * @generated
	 */
	double getPersistence();

	/**
	 * Sets the value of the '{@link org.perenne.model.Driver#getPersistence <em>Persistence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persistence</em>' attribute.
	 * @see #getPersistence()
	 * @generated
	 */
	void setPersistence(double value);

} // Driver
