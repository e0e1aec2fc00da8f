/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Account Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where an account goes in the plan: an account number or prefix (the longest matching prefix wins) and a line of the income statement (memberships, staff…) or funder:ID for a funder's subsidies.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.perenne.model.AccountMapping#getAccount <em>Account</em>}</li>
 *   <li>{@link org.perenne.model.AccountMapping#getLine <em>Line</em>}</li>
 * </ul>
 *
 * @see org.perenne.model.PerennePackage#getAccountMapping()
 * @model
 * @generated
 */
public interface AccountMapping extends EObject {
	/**
	 * Returns the value of the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Account</em>' attribute.
	 * @see #setAccount(String)
	 * @see org.perenne.model.PerennePackage#getAccountMapping_Account()
	 * @model required="true"
	 * @generated
	 */
	String getAccount();

	/**
	 * Sets the value of the '{@link org.perenne.model.AccountMapping#getAccount <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' attribute.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(String value);

	/**
	 * Returns the value of the '<em><b>Line</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line</em>' attribute.
	 * @see #setLine(String)
	 * @see org.perenne.model.PerennePackage#getAccountMapping_Line()
	 * @model required="true"
	 * @generated
	 */
	String getLine();

	/**
	 * Sets the value of the '{@link org.perenne.model.AccountMapping#getLine <em>Line</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line</em>' attribute.
	 * @see #getLine()
	 * @generated
	 */
	void setLine(String value);

} // AccountMapping
