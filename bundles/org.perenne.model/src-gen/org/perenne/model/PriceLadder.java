/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Price Ladder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.PriceLadder#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.perenne.model.PriceLadder#getElasticity <em>Elasticity</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getPriceLadder()
 * @model
 * @generated
 */
public interface PriceLadder extends EObject {
	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Double}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Prices the optimisation may choose from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' attribute list.
	 * @see org.perenne.model.PerennePackage#getPriceLadder_Levels()
	 * @model unique="false"
	 * @generated
	 */
	EList<Double> getLevels();

	/**
	 * Returns the value of the '<em><b>Elasticity</b></em>' attribute.
	 * The default value is <code>"-0.5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Constant price elasticity of demand: volume x (new price / current price)^elasticity.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Elasticity</em>' attribute.
	 * @see #setElasticity(double)
	 * @see org.perenne.model.PerennePackage#getPriceLadder_Elasticity()
	 * @model default="-0.5"
	 * @generated
	 */
	double getElasticity();

	/**
	 * Sets the value of the '{@link org.perenne.model.PriceLadder#getElasticity <em>Elasticity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Elasticity</em>' attribute.
	 * @see #getElasticity()
	 * @generated
	 */
	void setElasticity(double value);

} // PriceLadder
